package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;

/** Up to five other services in the service's (first) category, as the search shows them. */
class RelatedServices extends Section {

    static final int MAX = 5;

    RelatedServices(Directory directory, Hsds.Service service) {
        addClassName("related-services");
        ServiceTerms.of(service).categories().stream().findFirst().ifPresentOrElse(category -> {
            SearchRequest request = new SearchRequest(null, Map.of("category", Set.of(category.code())),
                    null, null, null, null, null, null, true, 0, MAX + 1);
            List<String> ids = directory.search(request).hits().stream().map(SearchResponse.Hit::serviceId)
                    .filter(id -> !id.equals(service.id())).limit(MAX).toList();
            List<Hsds.Service> related = directory.load(ids);
            if (related.isEmpty()) {
                setVisible(false);
                return;
            }
            H2 heading = new H2(getTranslation("service.related.heading", category.name()));
            heading.setId("related-services-heading");
            getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            UnorderedList list = new UnorderedList();
            // load() does not keep the order of the ids; the search's order is the one to show.
            ids.forEach(id -> related.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(other -> {
                Anchor link = new Anchor(ServiceView.PATH + other.id(), other.name());
                link.getElement().setAttribute("lang", "nl");
                list.add(new ListItem(link));
            }));
            add(heading, list);
        }, () -> setVisible(false));
    }
}
