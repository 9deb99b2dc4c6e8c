package nl.wegwijs.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The server's checks per wizard step; the same checks run again for all steps on submission. */
public final class MeldingRules {

    static final int LONG_TEXT = 4000;
    static final int SHORT_TEXT = 200;
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{8,16}");

    private MeldingRules() {
    }

    /** The problems of {@code step}; empty when the resident can go on. */
    public static List<MeldingProblem> check(MeldingStep step, MeldingAnswers answers) {
        var problems = new ArrayList<MeldingProblem>();
        switch (step) {
            case FOR_WHOM, CHECK -> { }
            case DIFFICULTIES -> difficulties(answers, problems);
            case OWN_SOLUTIONS -> {
                maxLength(problems, "ownStrength", answers.ownStrength(), LONG_TEXT);
                maxLength(problems, "network", answers.network(), LONG_TEXT);
            }
            case CARER -> carer(answers, problems);
            case CONTACT -> contact(answers, problems);
            case URGENCY -> {
                if (answers.urgency() == null) {
                    problems.add(new MeldingProblem("urgency", "urgency-missing"));
                }
                maxLength(problems, "urgencyReason", answers.urgencyReason(), LONG_TEXT);
            }
            case PLAN_AND_DOCUMENTS -> maxLength(problems, "personalPlan", answers.personalPlan(), 20_000);
        }
        return problems;
    }

    /** The problems of every step, in order of the steps. */
    public static List<MeldingProblem> checkAll(MeldingAnswers answers) {
        var problems = new ArrayList<MeldingProblem>();
        for (MeldingStep step : MeldingStep.values()) {
            problems.addAll(check(step, answers));
        }
        return problems;
    }

    /** The first step with a problem, or {@link MeldingStep#CHECK} when all is well. */
    public static MeldingStep firstIncomplete(MeldingAnswers answers) {
        for (MeldingStep step : MeldingStep.values()) {
            if (!check(step, answers).isEmpty()) {
                return step;
            }
        }
        return MeldingStep.CHECK;
    }

    private static void difficulties(MeldingAnswers answers, List<MeldingProblem> problems) {
        if (answers.difficulties().isEmpty()) {
            problems.add(new MeldingProblem("difficulties", "difficulties-missing"));
            return;
        }
        boolean anyWords = false;
        for (var entry : answers.difficulties().entrySet()) {
            anyWords |= !blank(entry.getValue());
            maxLength(problems, "difficulties." + entry.getKey().name(), entry.getValue(), LONG_TEXT);
        }
        if (!anyWords) {
            problems.add(new MeldingProblem("difficulties", "difficulties-words-missing"));
        }
    }

    private static void carer(MeldingAnswers answers, List<MeldingProblem> problems) {
        if (answers.hasCarer() == null) {
            problems.add(new MeldingProblem("hasCarer", "has-carer-missing"));
        } else if (answers.hasCarer()) {
            if (blank(answers.carerName())) {
                problems.add(new MeldingProblem("carerName", "carer-name-missing"));
            }
            maxLength(problems, "carerName", answers.carerName(), SHORT_TEXT);
            maxLength(problems, "carerSituation", answers.carerSituation(), LONG_TEXT);
        }
    }

    private static void contact(MeldingAnswers answers, List<MeldingProblem> problems) {
        if (blank(answers.postcode())) {
            problems.add(new MeldingProblem("postcode", "postcode-missing"));
        } else if (!POSTCODE.matcher(answers.postcode().strip()).matches()) {
            problems.add(new MeldingProblem("postcode", "postcode-invalid"));
        }
        if (blank(answers.houseNumber())) {
            problems.add(new MeldingProblem("houseNumber", "house-number-missing"));
        } else if (!HOUSE_NUMBER.matcher(answers.houseNumber().strip()).matches()) {
            problems.add(new MeldingProblem("houseNumber", "house-number-invalid"));
        }
        if (!blank(answers.phone()) && !PHONE.matcher(answers.phone().strip()).matches()) {
            problems.add(new MeldingProblem("phone", "phone-invalid"));
        }
        if (!blank(answers.email()) && !EMAIL.matcher(answers.email().strip()).matches()) {
            problems.add(new MeldingProblem("email", "email-invalid"));
        }
        if (answers.contactBy() == null) {
            problems.add(new MeldingProblem("contactBy", "contact-by-missing"));
        } else if (answers.contactBy() == ContactMethod.PHONE && blank(answers.phone())) {
            problems.add(new MeldingProblem("phone", "phone-missing"));
        } else if (answers.contactBy() == ContactMethod.EMAIL && blank(answers.email())) {
            problems.add(new MeldingProblem("email", "email-missing"));
        }
        if (answers.notifyBy() == null) {
            problems.add(new MeldingProblem("notifyBy", "notify-by-missing"));
        } else if (answers.notifyBy() == NotificationChannel.EMAIL && blank(answers.email())
                && problems.stream().noneMatch(problem -> problem.field().equals("email"))) {
            problems.add(new MeldingProblem("email", "email-needed-for-notifications"));
        }
        maxLength(problems, "preferredTime", answers.preferredTime(), SHORT_TEXT);
    }

    private static void maxLength(List<MeldingProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new MeldingProblem(field, "too-long"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
