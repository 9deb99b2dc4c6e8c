package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.directory.DirectoryImport;
import nl.wegwijs.directory.ImportMode;
import nl.wegwijs.directory.InvalidDatasetException;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Editors load an HSDS file into the sociale kaart, merged with it or replacing it, and see what happened. */
@Route(HsdsUploadView.PATH)
@RolesAllowed({"EDITOR", "ADMIN"})
@StyleSheet("styles/directory-editor.css")
class HsdsUploadView extends Div implements TranslatedTitle {

    static final String PATH = EditorListView.PATH + "/upload";

    private final DirectoryImport importer;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Paragraph chosen = new Paragraph();
    private final Div problem = new Div();
    private final ImportSummaryPanel summary = new ImportSummaryPanel();
    private byte[] file;
    private String fileName;

    HsdsUploadView(DirectoryImport importer, WegwijsProperties properties) {
        this.importer = importer;
        addClassName("page");
        addClassName("editor-page");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            file = bytes;
            fileName = metadata.fileName();
            problem.setVisible(false);
            chosen.setText(getTranslation("editor.upload.chosen", fileName));
        })));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.directory().importMaxBytes()));
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> fail(getTranslation("editor.upload.rejected")));
        upload.setId("hsds-file");
        chosen.getElement().setAttribute("role", "status");

        mode.setLabel(getTranslation("editor.upload.mode"));
        mode.setItems(ImportMode.MERGE, ImportMode.REPLACE);
        mode.setItemLabelGenerator(m -> getTranslation("editor.upload.mode." + m.name().toLowerCase()));
        mode.setHelperText(getTranslation("editor.upload.mode-help"));
        mode.setValue(ImportMode.MERGE);

        problem.addClassName("form-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        NativeButton start = new NativeButton(getTranslation("editor.upload.start"), click -> start());
        start.addClassName("button-primary");
        Div actions = new Div(start, new Anchor(EditorListView.PATH, getTranslation("editor.back")));
        actions.addClassName("editor-actions");
        add(new PageIntro("editor.upload.title", "editor.upload.intro"), new H2(getTranslation("editor.upload.file")),
                upload, chosen, mode, problem, actions, summary);
    }

    private void start() {
        summary.clear();
        if (file == null) {
            fail(getTranslation("editor.upload.no-file"));
            return;
        }
        if (mode.getValue() == ImportMode.REPLACE) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("editor.upload.confirm.title"),
                    getTranslation("editor.upload.confirm.text", fileName), getTranslation("editor.upload.confirm.yes"),
                    yes -> run(ImportMode.REPLACE));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("editor.upload.confirm.no"));
            confirm.open();
        } else {
            run(ImportMode.MERGE);
        }
    }

    private void run(ImportMode chosenMode) {
        try {
            summary.show(importer.importJson(file, chosenMode), chosenMode);
            problem.setVisible(false);
        } catch (InvalidDatasetException e) {
            fail(getTranslation("editor.upload.unreadable", e.getMessage()));
        }
    }

    private void fail(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("editor.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("editor.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("editor.upload.too-big"))
                .setIncorrectFileType(getTranslation("editor.upload.wrong-type"))
                .setTooManyFiles(getTranslation("editor.upload.too-many")));
        return i18n;
    }

    @Override
    public String titleKey() {
        return "editor.upload.title";
    }
}
