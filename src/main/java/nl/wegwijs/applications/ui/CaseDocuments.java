package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.applications.DocumentFile;
import nl.wegwijs.applications.DocumentId;
import nl.wegwijs.applications.DocumentSummary;

/** The documents of a case (uploads and letters), each a download. */
class CaseDocuments extends Div {

    CaseDocuments(Casework casework, CaseDetail detail) {
        addClassName("case-documents");
        if (detail.documents().isEmpty()) {
            add(new Paragraph(getTranslation("casework.documents.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (DocumentSummary document : detail.documents()) {
            Anchor link = download(casework, detail.reference(), document.id(), getTranslation(
                    "casework.documents.download", getTranslation("casework.documents.kind." + document.kind().name()),
                    document.fileName()));
            list.add(new ListItem(link));
        }
        add(list);
    }

    static Anchor download(Casework casework, CaseReference reference, DocumentId id, String text) {
        return new Anchor(DownloadHandler.fromInputStream(download -> {
            try {
                return response(casework.document(reference, id));
            } catch (CaseNotFound gone) {
                return DownloadResponse.error(404);
            }
        }), text);
    }

    static DownloadResponse response(DocumentFile file) {
        return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                file.content().length);
    }
}
