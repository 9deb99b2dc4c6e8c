package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wegwijs.chat.LiveOverview;

/** The queue at this moment and who is on duty: their tier and how many of their chat places are taken. */
class QueueNow extends Section {

    private final Paragraph waiting = new Paragraph();
    private final Paragraph longest = new Paragraph();
    private final H2 onDutyHeading = new H2();
    private final UnorderedList onDuty = new UnorderedList();
    private final Paragraph nobody = new Paragraph();

    QueueNow() {
        addClassName("overview-queue");
        H2 heading = new H2(getTranslation("chat.overview.queue.heading"));
        heading.setId("overview-queue-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        waiting.addClassName("overview-queue__waiting");
        longest.addClassName("overview-queue__longest");
        onDutyHeading.setText(getTranslation("chat.overview.on-duty.heading"));
        onDuty.addClassName("overview-on-duty");
        nobody.setText(getTranslation("chat.overview.on-duty.none"));
        nobody.addClassName("rota-now__nobody");
        add(heading, waiting, longest, onDutyHeading, onDuty, nobody);
    }

    void show(LiveOverview overview) {
        waiting.setText(getTranslation("chat.overview.queue.waiting", overview.waiting()));
        longest.setText(overview.waiting() == 0 ? getTranslation("chat.overview.queue.nobody-waits")
                : getTranslation("chat.overview.queue.longest", OverviewTexts.duration(this, overview.longestWaitSeconds())));
        onDuty.removeAll();
        for (LiveOverview.OnDuty member : overview.onDuty()) {
            onDuty.add(new ListItem(getTranslation("chat.overview.on-duty.member", member.displayName(),
                    getTranslation("chat.rota.tier." + member.tier().name()), member.active(), member.capacity())));
        }
        onDuty.setVisible(!overview.onDuty().isEmpty());
        nobody.setVisible(overview.onDuty().isEmpty());
    }
}
