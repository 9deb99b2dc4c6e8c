package nl.wegwijs.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A simple tagged PDF of headings and paragraphs on A4: one column, text wrapped, new pages as
 * needed. Each line is marked content of its structure element (H1, H2, P), the document has a
 * language and a title, and the font is embedded, so screen readers read it in order.
 */
public final class TaggedPdf implements AutoCloseable {

    /** Liberation Sans ships inside PDFBox: no font files to install, and it covers every Latin letter. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final PDStructureElement root;
    private final COSArray parentTreeNumbers = new COSArray();
    private PDPage page;
    private PDPageContentStream content;
    private COSArray elementsOfPage;
    private int pages;
    private float y;

    public TaggedPdf(String language, String title) {
        try (InputStream fontFile = TaggedPdf.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, fontFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        var markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        var preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        document.getDocumentInformation().setTitle(title);
        var treeRoot = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(treeRoot);
        root = new PDStructureElement("Document", treeRoot);
        treeRoot.appendKid(root);
        var parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, parentTreeNumbers);
        treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    }

    public void heading1(String text) {
        block("H1", text, 18, 0);
    }

    public void heading2(String text) {
        block("H2", text, 13.5f, 14);
    }

    public void paragraph(String text) {
        block("P", text, 11, 4);
    }

    public byte[] bytes() {
        try (document) {
            content.close();
            var structureRoot = document.getDocumentCatalog().getStructureTreeRoot();
            structureRoot.setParentTreeNextKey(pages);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void block(String type, String text, float size, float spaceBefore) {
        var element = new PDStructureElement(type, root);
        root.appendKid(element);
        float leading = size * 1.4f;
        y -= spaceBefore;
        try {
            for (String line : wrap(printable(text), size)) {
                if (page == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                int mcid = elementsOfPage.size();
                content.beginMarkedContent(COSName.getPDFName(type), mcid(mcid));
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(line);
                content.endText();
                content.endMarkedContent();
                var reference = new PDMarkedContentReference();
                reference.setMCID(mcid);
                reference.setPage(page);
                element.appendKid(reference);
                if (element.getPage() == null) {
                    element.setPage(page);
                }
                elementsOfPage.add(element);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDPropertyList mcid(int mcid) {
        var properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        return PDPropertyList.create(properties);
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        page.setStructParents(pages);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        elementsOfPage = new COSArray();
        parentTreeNumbers.add(COSInteger.get(pages));
        parentTreeNumbers.add(elementsOfPage);
        pages++;
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size) throws IOException {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Characters the font cannot show (an emoji in a name, say) become a question mark rather than an error. */
    private String printable(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
