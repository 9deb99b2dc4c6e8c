package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.wegwijs.selfassessment.Option;
import nl.wegwijs.selfassessment.Question;

/** The field for one question, whatever its type, speaking in the answer values the rules use. */
final class AnswerInput {

    static final int TEXT_LIMIT = 500;

    private final Component field;
    private final java.util.function.Supplier<List<String>> read;
    private final Consumer<List<String>> write;

    private AnswerInput(Component field, java.util.function.Supplier<List<String>> read, Consumer<List<String>> write) {
        this.field = field;
        this.read = read;
        this.write = write;
    }

    static AnswerInput of(Question question, Locale locale, Runnable onChange) {
        String label = question.text().in(locale);
        String help = question.help() == null ? null : question.help().in(locale);
        return switch (question.type()) {
            case SINGLE -> single(label, help, question.options().stream()
                    .collect(Collectors.toMap(Option::id, option -> option.text().in(locale), (a, b) -> a,
                            java.util.LinkedHashMap::new)), onChange);
            case SCALE -> single(label, help, scale(question, locale), onChange);
            case MULTIPLE -> multiple(label, help, question, locale, onChange);
            case TEXT -> {
                var area = new TextArea(label);
                area.setMaxLength(TEXT_LIMIT);
                yield text(area, help, onChange);
            }
            case POSTCODE -> {
                var postcode = new TextField(label);
                postcode.setMaxLength(7);
                postcode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
                yield text(postcode, help, onChange);
            }
        };
    }

    private static Map<String, String> scale(Question question, Locale locale) {
        var labels = new java.util.LinkedHashMap<String, String>();
        IntStream.rangeClosed(question.scaleMin(), question.scaleMax()).forEach(value -> {
            String text = String.valueOf(value);
            if (value == question.scaleMin() && question.scaleLow() != null) {
                text += " – " + question.scaleLow().in(locale);
            } else if (value == question.scaleMax() && question.scaleHigh() != null) {
                text += " – " + question.scaleHigh().in(locale);
            }
            labels.put(String.valueOf(value), text);
        });
        return labels;
    }

    private static AnswerInput single(String label, String help, Map<String, String> labels, Runnable onChange) {
        var group = new RadioButtonGroup<String>(label);
        group.setItems(labels.keySet());
        group.setItemLabelGenerator(labels::get);
        group.setHelperText(help);
        group.addThemeName("vertical");
        group.addValueChangeListener(event -> onChange.run());
        return new AnswerInput(group, () -> group.getValue() == null ? List.of() : List.of(group.getValue()),
                values -> group.setValue(values.isEmpty() || !labels.containsKey(values.getFirst())
                        ? null : values.getFirst()));
    }

    private static AnswerInput multiple(String label, String help, Question question, Locale locale, Runnable onChange) {
        var group = new CheckboxGroup<Option>(label);
        group.setItems(question.options());
        group.setItemLabelGenerator(option -> option.text().in(locale));
        group.setHelperText(help);
        group.addThemeName("vertical");
        group.addValueChangeListener(event -> onChange.run());
        return new AnswerInput(group,
                () -> question.options().stream().filter(group.getValue()::contains).map(Option::id).toList(),
                values -> group.setValue(question.options().stream().filter(option -> values.contains(option.id()))
                        .collect(Collectors.toCollection(LinkedHashSet::new))));
    }

    private static <T extends com.vaadin.flow.component.textfield.TextFieldBase<T, String>> AnswerInput text(T field,
            String help, Runnable onChange) {
        field.setHelperText(help);
        field.setWidthFull();
        field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> onChange.run());
        return new AnswerInput(field, () -> field.getValue().isBlank() ? List.of() : List.of(field.getValue().strip()),
                values -> field.setValue(values.isEmpty() ? "" : values.getFirst()));
    }

    Component component() {
        return field;
    }

    List<String> value() {
        return new ArrayList<>(read.get());
    }

    void setValue(List<String> values) {
        write.accept(values);
    }

    void showError(String message) {
        if (field instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(message != null);
        }
    }
}
