package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import nl.wegwijs.chat.Shift;

/** Who is on duty at this moment, and a plain warning when nobody is. */
class OnDutyNow extends Section {

    private final Map<String, String> names;

    OnDutyNow(Map<String, String> names) {
        this.names = names;
        addClassName("rota-now");
        getElement().setAttribute("aria-labelledby", "rota-now-heading");
    }

    void show(List<Shift> shifts) {
        removeAll();
        H2 heading = new H2(getTranslation("chat.rota.now.heading"));
        heading.setId("rota-now-heading");
        add(heading);
        if (shifts.isEmpty()) {
            Paragraph nobody = new Paragraph(getTranslation("chat.rota.now.none"));
            nobody.addClassName("rota-now__nobody");
            add(nobody);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (Shift shift : shifts) {
            list.add(new ListItem(names.getOrDefault(shift.responder(), shift.responder()) + " · "
                    + getTranslation("chat.rota.tier." + shift.tier().name()) + " · "
                    + getTranslation("chat.rota.now.until", CoordinatorDates.time(shift.end()))));
        }
        add(list);
    }
}
