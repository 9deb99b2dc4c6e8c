package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.chat.DeviceBlock;

/** The device blocks in force: since when, until when, by whom, each with Blokkade opheffen. */
class ActiveBlocks extends Section {

    private final Consumer<DeviceBlock> lift;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private List<DeviceBlock> shown;

    ActiveBlocks(Consumer<DeviceBlock> lift) {
        this.lift = lift;
        addClassName("overview-blocks");
        H2 heading = new H2(getTranslation("chat.overview.blocks.heading"));
        heading.setId("overview-blocks-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("overview-blocks__list");
        none.setText(getTranslation("chat.overview.blocks.none"));
        add(heading, new Paragraph(getTranslation("chat.overview.blocks.intro")), none, list);
    }

    /** Redraws only when the blocks changed, so a refresh leaves the keyboard focus where it is. */
    void show(List<DeviceBlock> blocks) {
        if (blocks.equals(shown)) {
            return;
        }
        shown = blocks;
        list.removeAll();
        for (DeviceBlock block : blocks) {
            Span what = new Span(getTranslation("chat.overview.blocks.device", block.reference()));
            what.addClassName("device-block__name");
            Span when = new Span(getTranslation("chat.overview.blocks.period",
                    OverviewTexts.moment(this, block.blockedAt()), OverviewTexts.moment(this, block.expiresAt())));
            Span who = new Span(getTranslation("chat.overview.blocks.by", block.blockedByName() == null
                    ? getTranslation("chat.overview.unknown") : block.blockedByName()));
            Button liftButton = new Button(getTranslation("chat.overview.blocks.lift"), click -> lift.accept(block));
            liftButton.setAriaLabel(getTranslation("chat.overview.blocks.lift-label", block.reference()));
            ListItem item = new ListItem(what, when, who, liftButton);
            item.addClassName("device-block");
            list.add(item);
        }
        none.setVisible(blocks.isEmpty());
        list.setVisible(!blocks.isEmpty());
    }
}
