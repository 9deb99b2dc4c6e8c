package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.HttpStatusCode;
import java.io.ByteArrayInputStream;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.DocumentSummary;
import nl.wegwijs.applications.MyCases;

/** The case's documents (uploads, the report, the decision letter), each a download link. */
final class DocumentsSection extends Div {

    private final MyCases myCases;
    private final Div list = new Div();

    DocumentsSection(MyCases myCases) {
        this.myCases = myCases;
        addClassName("case-documents");
        add(new H2(getTranslation("mycases.documents.heading")), list);
    }

    void show(CaseDetail detail) {
        list.removeAll();
        if (detail.documents().isEmpty()) {
            list.add(new Paragraph(getTranslation("mycases.documents.none")));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (DocumentSummary document : detail.documents()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
                try {
                    var file = myCases.document(detail.reference(), document.id());
                    return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                            file.contentType(), file.content().length);
                } catch (CaseNotFound gone) {
                    return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
                }
            }), getTranslation("mycases.documents.link", getTranslation("mycases.document." + document.kind().name()),
                    document.fileName(), CaseTexts.size(document.sizeBytes())));
            link.addClassName("case-documents__link");
            items.add(new ListItem(link));
        }
        list.add(items);
    }
}
