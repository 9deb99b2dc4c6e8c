package nl.wegwijs.selfassessment;

import static nl.wegwijs.selfassessment.YamlNode.required;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a questionnaire file (format in {@code content/selfassessment/README.md}) and checks it
 * completely: every reference to a question or option exists, conditions only look back at
 * earlier questions, every text has Dutch and English. The first problem stops it, with file and line.
 */
final class QuestionnaireReader {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TOP = Set.of("id", "version", "title", "intro", "questions", "advice");
    private static final Set<String> QUESTION = Set.of("id", "type", "domain", "text", "help", "options",
            "show_if", "min", "max", "low", "high");
    private static final Set<String> OPTION = Set.of("id", "nl", "en");
    private static final Set<String> ADVICE = Set.of("id", "level", "when", "title", "text", "because", "services");
    private static final Set<String> CONDITION = Set.of("all", "any", "not", "question", "in", "at_least",
            "at_most", "answered");

    private final String file;
    private final Map<String, Question> questions = new LinkedHashMap<>();

    private QuestionnaireReader(String file) {
        this.file = file;
    }

    static Questionnaire read(String file, Reader text) {
        return new QuestionnaireReader(file).questionnaire(text);
    }

    private Questionnaire questionnaire(Reader text) {
        YamlNode root;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            var node = new Yaml(options).compose(text);
            if (node == null) {
                throw new QuestionnaireInvalid(file, 1, "the file is empty");
            }
            root = new YamlNode(file, node);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new QuestionnaireInvalid(file, line, "not valid YAML: " + e.getProblem());
        }
        var top = root.mapping(TOP);
        String id = id(required(root, top, "id"));
        int version = required(root, top, "version").integer();
        var title = required(root, top, "title").text();
        var intro = required(root, top, "intro").text();
        var questionNodes = required(root, top, "questions").sequence();
        if (questionNodes.isEmpty()) {
            throw required(root, top, "questions").invalid("a questionnaire needs at least one question");
        }
        questionNodes.forEach(this::question);
        var advice = new ArrayList<AdviceRule>();
        var adviceIds = new HashSet<String>();
        for (YamlNode node : required(root, top, "advice").sequence()) {
            var rule = advice(node);
            if (!adviceIds.add(rule.id())) {
                throw node.invalid("advice id '%s' is used twice".formatted(rule.id()));
            }
            advice.add(rule);
        }
        return new Questionnaire(id, version, file, title, intro, List.copyOf(questions.values()), advice);
    }

    private void question(YamlNode node) {
        var entries = node.mapping(QUESTION);
        var idNode = required(node, entries, "id");
        String id = id(idNode);
        if (questions.containsKey(id)) {
            throw idNode.invalid("question id '%s' is used twice".formatted(id));
        }
        var typeNode = required(node, entries, "type");
        QuestionType type = enumValue(typeNode, QuestionType.class);
        var options = new ArrayList<Option>();
        if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE) {
            var optionNodes = required(node, entries, "options").sequence();
            if (optionNodes.size() < 2) {
                throw entries.get("options").invalid("a choice needs at least two options");
            }
            var seen = new HashSet<String>();
            for (YamlNode optionNode : optionNodes) {
                var option = optionNode.mapping(OPTION);
                String optionId = id(required(optionNode, option, "id"));
                if (!seen.add(optionId)) {
                    throw optionNode.invalid("option id '%s' is used twice in this question".formatted(optionId));
                }
                var texts = new LinkedHashMap<String, String>();
                texts.put("nl", required(optionNode, option, "nl").scalar());
                texts.put("en", required(optionNode, option, "en").scalar());
                options.add(new Option(optionId, new LocalizedText(texts)));
            }
        } else if (entries.containsKey("options")) {
            throw entries.get("options").invalid("only single and multiple choice questions have options");
        }
        int min = 0;
        int max = 0;
        LocalizedText low = null;
        LocalizedText high = null;
        if (type == QuestionType.SCALE) {
            min = required(node, entries, "min").integer();
            max = required(node, entries, "max").integer();
            if (max <= min || max - min > 10) {
                throw entries.get("max").invalid("a scale runs from min to a larger max, at most 10 steps");
            }
            low = required(node, entries, "low").text();
            high = required(node, entries, "high").text();
        }
        Condition showIf = entries.containsKey("show_if") ? condition(entries.get("show_if")) : null;
        String domain = entries.containsKey("domain") ? entries.get("domain").scalar() : null;
        LocalizedText help = entries.containsKey("help") ? entries.get("help").text() : null;
        questions.put(id, new Question(id, type, domain, required(node, entries, "text").text(), help, options,
                min, max, low, high, showIf));
    }

    private AdviceRule advice(YamlNode node) {
        var entries = node.mapping(ADVICE);
        String id = id(required(node, entries, "id"));
        AdviceLevel level = enumValue(required(node, entries, "level"), AdviceLevel.class);
        Condition when = condition(required(node, entries, "when"));
        ServiceQuery services = null;
        if (entries.containsKey("services")) {
            String query = entries.get("services").scalar().strip();
            if (query.isEmpty()) {
                throw entries.get("services").invalid("'services' needs search words");
            }
            services = new ServiceQuery(query);
        }
        return new AdviceRule(id, level, when, required(node, entries, "title").text(),
                required(node, entries, "text").text(), required(node, entries, "because").text(), services);
    }

    /** A condition; the questions it names must be defined before this point in the file. */
    private Condition condition(YamlNode node) {
        var entries = node.mapping(CONDITION);
        if (entries.containsKey("all") || entries.containsKey("any")) {
            if (entries.size() != 1) {
                throw node.invalid("'all' or 'any' stands alone, with a list of conditions under it");
            }
            var parts = new ArrayList<Condition>();
            var list = entries.containsKey("all") ? entries.get("all") : entries.get("any");
            list.sequence().forEach(part -> parts.add(condition(part)));
            if (parts.isEmpty()) {
                throw list.invalid("the list of conditions is empty");
            }
            return entries.containsKey("all") ? new Condition.All(parts) : new Condition.AnyOf(parts);
        }
        if (entries.containsKey("not")) {
            if (entries.size() != 1) {
                throw node.invalid("'not' stands alone, with one condition under it");
            }
            return new Condition.Not(condition(entries.get("not")));
        }
        var questionNode = required(node, entries, "question");
        var question = questions.get(questionNode.scalar());
        if (question == null) {
            throw questionNode.invalid("question '%s' is not defined above this line".formatted(questionNode.scalar()));
        }
        if (entries.size() != 2) {
            throw node.invalid("a condition names a question and one test: in, at_least, at_most or answered");
        }
        if (entries.containsKey("in")) {
            return answerIn(question, entries.get("in"));
        }
        if (entries.containsKey("answered")) {
            if (!"true".equals(entries.get("answered").scalar())) {
                throw entries.get("answered").invalid("write 'answered: true' (use 'not' for unanswered)");
            }
            return new Condition.Answered(question.id());
        }
        if (question.type() != QuestionType.SCALE) {
            throw node.invalid("at_least and at_most only work on scale questions; '%s' is %s"
                    .formatted(question.id(), question.type().name().toLowerCase(Locale.ROOT)));
        }
        var bound = entries.containsKey("at_least") ? entries.get("at_least") : entries.get("at_most");
        int value = bound.integer();
        if (value < question.scaleMin() || value > question.scaleMax()) {
            throw bound.invalid("%d is outside the scale of '%s' (%d to %d)".formatted(value, question.id(),
                    question.scaleMin(), question.scaleMax()));
        }
        return entries.containsKey("at_least") ? new Condition.AtLeast(question.id(), value)
                : new Condition.AtMost(question.id(), value);
    }

    private Condition answerIn(Question question, YamlNode list) {
        if (question.type() != QuestionType.SINGLE && question.type() != QuestionType.MULTIPLE) {
            throw list.invalid("'in' only works on choice questions; '%s' is %s".formatted(question.id(),
                    question.type().name().toLowerCase(Locale.ROOT)));
        }
        var ids = new LinkedHashSet<String>();
        for (YamlNode item : list.sequence()) {
            if (!question.hasOption(item.scalar())) {
                throw item.invalid("question '%s' has no option '%s'".formatted(question.id(), item.scalar()));
            }
            ids.add(item.scalar());
        }
        if (ids.isEmpty()) {
            throw list.invalid("the list of options is empty");
        }
        return new Condition.AnswerIn(question.id(), ids);
    }

    private String id(YamlNode node) {
        String id = node.scalar();
        if (!ID.matcher(id).matches()) {
            throw node.invalid("'%s' is not a valid id (lower-case letters, digits and dashes)".formatted(id));
        }
        return id;
    }

    private <E extends Enum<E>> E enumValue(YamlNode node, Class<E> type) {
        try {
            return Enum.valueOf(type, node.scalar().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw node.invalid("'%s' is not one of: %s".formatted(node.scalar(), String.join(", ",
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(value -> value.name().toLowerCase(Locale.ROOT)).toList())));
        }
    }
}
