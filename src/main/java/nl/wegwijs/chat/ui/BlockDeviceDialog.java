package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.function.Consumer;
import nl.wegwijs.chat.ChatBlocks;
import nl.wegwijs.chat.LiveConversation;

/**
 * Asks before a device is blocked, and for how long: says in plain words that the current chat
 * goes on unless it is ended, and that the block ends by itself.
 */
class BlockDeviceDialog extends ConfirmDialog {

    BlockDeviceDialog(LiveConversation conversation, Consumer<ChatBlocks.Length> confirmed) {
        addClassName("block-device");
        setHeader(getTranslation("chat.overview.block.title", conversation.shortId()));
        RadioButtonGroup<ChatBlocks.Length> length = new RadioButtonGroup<>(getTranslation("chat.overview.block.length"));
        length.setItems(ChatBlocks.Length.values());
        length.setItemLabelGenerator(item -> getTranslation("chat.overview.block.length." + item.name()));
        length.setValue(ChatBlocks.Length.DAY);
        Div text = new Div(new Paragraph(getTranslation("chat.overview.block.what")),
                new Paragraph(getTranslation("chat.overview.block.current-chat")),
                new Paragraph(getTranslation("chat.overview.block.ends")),
                new Paragraph(getTranslation("chat.overview.block.limits")), length);
        setText(text);
        setConfirmText(getTranslation("chat.overview.block.yes"));
        setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        setCancelable(true);
        setCancelText(getTranslation("chat.overview.block.no"));
        addConfirmListener(confirm -> confirmed.accept(length.getValue()));
    }
}
