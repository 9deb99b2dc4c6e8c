package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;
import java.util.function.Supplier;
import nl.wegwijs.applications.ApplicationsProperties;
import nl.wegwijs.applications.DocumentKind;
import nl.wegwijs.applications.DocumentRejected;
import nl.wegwijs.applications.DocumentSummary;
import nl.wegwijs.applications.DraftId;
import nl.wegwijs.applications.MeldingDrafts;

/**
 * Uploads for a melding: a personal plan as a file, and other documents. The server checks every
 * file by its content ({@link MeldingDrafts#attach}); a refusal is said in words, with the reason.
 */
final class MeldingUploads extends Div {

    private final MeldingDrafts drafts;
    private final Supplier<DraftId> draft;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph refusal = new Paragraph();
    private final Paragraph status = new Paragraph();

    MeldingUploads(MeldingDrafts drafts, ApplicationsProperties properties, Supplier<DraftId> draft) {
        this.drafts = drafts;
        this.draft = draft;
        addClassName("melding-uploads");
        refusal.addClassName("form-error");
        refusal.addClassName("melding-upload-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        status.addClassName("melding-upload-status");
        status.getElement().setAttribute("role", "status");
        list.addClassName("melding-documents");
        add(new H3(getTranslation("melding.upload.heading")),
                new Paragraph(getTranslation("melding.upload.help", properties.maxUploadSize().toMegabytes())),
                upload(DocumentKind.PERSONAL_PLAN, "melding-upload-plan", properties),
                upload(DocumentKind.ATTACHMENT, "melding-upload-documents", properties),
                refusal, status, new H3(getTranslation("melding.upload.list")), list);
    }

    private Div upload(DocumentKind kind, String className, ApplicationsProperties properties) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, content) -> {
            var ui = getUI().orElse(null);
            try {
                drafts.attach(draft.get(), kind, metadata.fileName(), content);
                access(ui, () -> {
                    refusal.setVisible(false);
                    status.setText(getTranslation("melding.upload.done", metadata.fileName()));
                    refresh();
                });
            } catch (DocumentRejected rejected) {
                access(ui, () -> refuse(metadata.fileName(), rejected.reasonKey()));
            }
        }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxUploadSize().toBytes()));
        upload.addFileRejectedListener(rejected -> refuse(rejected.getFileName(),
                rejected.getErrorMessage() != null && rejected.getErrorMessage().equals(
                        getTranslation("melding.upload.client.too-large")) ? "too-large" : "wrong-type"));
        upload.addSucceededListener(done -> upload.clearFileList());
        upload.addFailedListener(failed -> upload.clearFileList());
        upload.setI18n(i18n(kind));
        upload.addClassName(className);
        String labelId = className + "-label";
        Span label = new Span(getTranslation("melding.upload." + kind.name()));
        label.setId(labelId);
        label.addClassName("melding-upload-label");
        upload.getElement().setAttribute("aria-labelledby", labelId);
        Div field = new Div(label, upload);
        field.addClassName("melding-upload-field");
        return field;
    }

    private UploadI18N i18n(DocumentKind kind) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("melding.upload.add." + kind.name()))
                .setMany(getTranslation("melding.upload.add." + kind.name())));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("melding.upload.drop"))
                .setMany(getTranslation("melding.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("melding.upload.client.too-large"))
                .setIncorrectFileType(getTranslation("melding.upload.client.wrong-type"))
                .setTooManyFiles(getTranslation("melding.upload.too-many")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start")).setRemove(getTranslation("upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                        .setStalled(getTranslation("upload.stalled")).setProcessing(getTranslation("upload.processing"))
                        .setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.remaining")).setUnknown(getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("upload.server-error"))
                        .setForbidden(getTranslation("upload.forbidden"))
                        .setFileTooLarge(getTranslation("melding.upload.client.too-large"))));
        return i18n;
    }

    private void refuse(String fileName, String reasonKey) {
        status.setText("");
        refusal.setText(getTranslation("melding.upload.refused", fileName == null ? "" : fileName,
                getTranslation("melding.upload." + reasonKey)));
        refusal.setVisible(true);
    }

    private static void access(UI ui, Runnable change) {
        if (ui != null) {
            ui.access(change::run);
        }
    }

    /** Shows the documents now on the draft, each with a remove button. */
    void refresh() {
        show(drafts.get(draft.get()).documents());
    }

    void show(List<DocumentSummary> documents) {
        list.removeAll();
        if (documents.isEmpty()) {
            list.add(new ListItem(getTranslation("melding.upload.none")));
        }
        for (DocumentSummary document : documents) {
            NativeButton remove = new NativeButton(getTranslation("melding.upload.remove"), click -> {
                drafts.removeDocument(draft.get(), document.id());
                status.setText(getTranslation("melding.upload.removed", document.fileName()));
                refresh();
            });
            remove.addClassName("link-button");
            remove.getElement().setAttribute("aria-label",
                    getTranslation("melding.upload.remove-named", document.fileName()));
            list.add(new ListItem(new Span(getTranslation("melding.upload.item", document.fileName(),
                    getTranslation("melding.upload.kind." + document.kind().name()),
                    Math.max(1, (document.sizeBytes() + 1023) / 1024))), remove));
        }
    }
}
