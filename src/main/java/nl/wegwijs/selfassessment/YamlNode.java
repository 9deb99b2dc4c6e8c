package nl.wegwijs.selfassessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a questionnaire file with its line, so every problem can name the file and the line
 * where an editor must look. Mappings are strict: an unknown or repeated key is an error (a typo
 * such as {@code show_fi} must not silently show a question to everyone).
 */
final class YamlNode {

    private final String file;
    private final Node node;

    YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    QuestionnaireInvalid invalid(String problem) {
        return new QuestionnaireInvalid(file, line(), problem);
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The entries of a mapping, checking that only {@code allowed} keys occur, each once. */
    Map<String, YamlNode> mapping(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw invalid("expected a list of 'key: value' lines here");
        }
        var entries = new LinkedHashMap<String, YamlNode>();
        for (var tuple : mapping.getValue()) {
            var key = new YamlNode(file, tuple.getKeyNode());
            String name = key.scalar();
            if (!allowed.contains(name)) {
                throw key.invalid("unknown key '%s' (allowed here: %s)".formatted(name, String.join(", ",
                        allowed.stream().sorted().toList())));
            }
            if (entries.put(name, new YamlNode(file, tuple.getValueNode())) != null) {
                throw key.invalid("key '%s' appears twice".formatted(name));
            }
        }
        return entries;
    }

    List<YamlNode> sequence() {
        if (!(node instanceof SequenceNode sequence)) {
            throw invalid("expected a list ('- ...' lines) here");
        }
        var items = new ArrayList<YamlNode>();
        sequence.getValue().forEach(item -> items.add(new YamlNode(file, item)));
        return items;
    }

    String scalar() {
        if (!(node instanceof ScalarNode scalar)) {
            throw invalid("expected a single value here");
        }
        return scalar.getValue();
    }

    int integer() {
        try {
            return Integer.parseInt(scalar().strip());
        } catch (NumberFormatException e) {
            throw invalid("expected a whole number, found '%s'".formatted(scalar()));
        }
    }

    /** A text in Dutch and English: {@code {nl: ..., en: ...}}. */
    LocalizedText text() {
        var texts = new LinkedHashMap<String, String>();
        mapping(Set.of("nl", "en")).forEach((language, value) -> {
            String text = value.scalar().strip();
            if (text.isEmpty()) {
                throw value.invalid("the %s text is empty".formatted(language));
            }
            texts.put(language, text);
        });
        if (!texts.containsKey("nl") || !texts.containsKey("en")) {
            throw invalid("a text needs both 'nl' (Dutch) and 'en' (English)");
        }
        return new LocalizedText(texts);
    }

    /** The value of a required key of an already checked mapping. */
    static YamlNode required(YamlNode parent, Map<String, YamlNode> entries, String key) {
        var value = entries.get(key);
        if (value == null) {
            throw parent.invalid("'%s' is missing".formatted(key));
        }
        return value;
    }
}
