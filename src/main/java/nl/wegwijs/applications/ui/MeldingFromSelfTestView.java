package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import nl.wegwijs.accounts.CurrentPerson;
import nl.wegwijs.applications.CaseConflict;
import nl.wegwijs.applications.LifeDomain;
import nl.wegwijs.applications.MeldingDrafts;
import nl.wegwijs.applications.SelfTestAnswers;
import nl.wegwijs.selfassessment.SelfTestHandOver;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * The bridge from the zelftest to a melding: the answers the resident chose to pass on, sorted by
 * life domain and editable, are added to their melding only when they press the button. Nothing is
 * replaced: text already in an open melding stays, the new text goes below it.
 */
@StyleSheet("styles/selftest.css")
@Route("aanvragen/melding/uit-zelftest")
@RolesAllowed("RESIDENT")
class MeldingFromSelfTestView extends Div implements TranslatedTitle {

    static final int TEXT_LIMIT = 2000;

    MeldingFromSelfTestView(MeldingDrafts drafts, CurrentPerson currentPerson) {
        addClassName("page");
        add(new PageIntro("handover.title", "handover.intro"));
        var handOver = VaadinSession.getCurrent().getAttribute(SelfTestHandOver.class);
        var bsn = currentPerson.require().bsn();
        if (handOver == null || handOver.answers().isEmpty() || bsn.isEmpty()) {
            add(new Paragraph(getTranslation(bsn.isEmpty() ? "handover.no-bsn" : "handover.nothing")),
                    new Anchor("zelftest", getTranslation("handover.to-selftest")),
                    new Paragraph(new Anchor("aanvragen/melding", getTranslation("handover.to-melding"))));
            return;
        }
        var fields = new EnumMap<LifeDomain, TextArea>(LifeDomain.class);
        SelfTestAnswers.byDomain(handOver.answers()).forEach((domain, text) -> {
            var area = new TextArea(getTranslation("handover.domain." + domain.name()));
            area.setMaxLength(TEXT_LIMIT);
            area.setValue(text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text);
            area.setWidthFull();
            fields.put(domain, area);
            add(area);
        });
        String networkText = SelfTestAnswers.network(handOver.answers());
        var network = new TextArea(getTranslation("handover.network"));
        network.setMaxLength(TEXT_LIMIT);
        network.setValue(networkText.length() > TEXT_LIMIT ? networkText.substring(0, TEXT_LIMIT) : networkText);
        network.setWidthFull();
        if (!networkText.isEmpty()) {
            add(network);
        }
        var notice = new Paragraph();
        notice.addClassName("form-problem");
        notice.getElement().setAttribute("role", "alert");
        var go = new NativeButton(getTranslation("handover.go"), click -> {
            Map<LifeDomain, String> texts = new EnumMap<>(LifeDomain.class);
            fields.forEach((domain, area) -> texts.put(domain, area.getValue()));
            try {
                var draft = drafts.startOrResume(bsn.get());
                drafts.save(draft.id(), SelfTestAnswers.mergeInto(draft.answers(), texts, network.getValue()),
                        draft.step(), draft.version());
            } catch (CaseConflict conflict) {
                notice.setText(getTranslation("handover.conflict"));
                return;
            }
            VaadinSession.getCurrent().setAttribute(SelfTestHandOver.class, null);
            UI.getCurrent().navigate("aanvragen/melding");
        });
        go.addClassName("button-primary");
        var skip = new Anchor("aanvragen/melding", getTranslation("handover.skip"));
        var actions = new Div(go, skip);
        actions.addClassName("selftest-actions");
        add(notice, actions);
    }

    @Override
    public String titleKey() {
        return "handover.title";
    }
}
