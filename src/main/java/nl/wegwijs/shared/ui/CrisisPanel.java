package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The compact panel with the crisis and help lines (112, 113, Veilig Thuis, De Luisterlijn,
 * Kindertelefoon) and the anonymous chat, for pages where someone may be looking for help in a
 * hurry: always the same numbers as the full "Direct hulp nodig?" page.
 */
public class CrisisPanel extends Aside {

    public CrisisPanel() {
        addClassName("crisis-panel");
        H2 heading = new H2(getTranslation("crisis.heading"));
        heading.setId("crisis-panel-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        UnorderedList lines = new UnorderedList();
        for (HelpLines.HelpLine line : HelpLines.LINES) {
            Anchor call = new Anchor(line.telephoneLink(), getTranslation("crisis." + line.key(), line.number()));
            lines.add(new ListItem(call));
        }
        lines.add(new ListItem(new Anchor("praten", getTranslation("crisis.chat"))));
        add(heading, new Paragraph(getTranslation("crisis.intro")), lines);
    }
}
