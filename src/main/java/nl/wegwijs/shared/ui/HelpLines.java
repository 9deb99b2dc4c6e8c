package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The national help lines that answer day and night, each with a number to tap on a phone. */
public class HelpLines extends Section {

    /** A help line: translation key prefix and the number as shown. */
    record HelpLine(String key, String number) {

        String telephoneLink() {
            return "tel:" + number.replaceAll("[^0-9]", "");
        }
    }

    static final List<HelpLine> LINES = List.of(
            new HelpLine("emergency", "112"),
            new HelpLine("suicide-prevention", "0800-0113"),
            new HelpLine("domestic-violence", "0800-2000"),
            new HelpLine("listening-line", "088-0767 000"),
            new HelpLine("child-line", "0800-0432"));

    public HelpLines() {
        addClassName("help-lines");
        add(new H2(getTranslation("helplines.heading")));
        UnorderedList list = new UnorderedList();
        for (HelpLine line : LINES) {
            Paragraph when = new Paragraph(getTranslation("helplines." + line.key() + ".when"));
            Anchor call = new Anchor(line.telephoneLink(),
                    getTranslation("helplines." + line.key() + ".call", line.number()));
            call.addClassName("help-lines__call");
            ListItem item = new ListItem(when, call);
            list.add(item);
        }
        add(list);
    }
}
