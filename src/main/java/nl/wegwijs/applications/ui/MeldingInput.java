package nl.wegwijs.applications.ui;

import java.util.EnumMap;
import java.util.Map;
import nl.wegwijs.applications.ContactMethod;
import nl.wegwijs.applications.LifeDomain;
import nl.wegwijs.applications.MeldingAnswers;
import nl.wegwijs.applications.NotificationChannel;
import nl.wegwijs.applications.Urgency;

/** The answers as the wizard's fields hold them, step by step; turned into {@link MeldingAnswers} to save. */
final class MeldingInput {

    final Map<LifeDomain, String> difficulties = new EnumMap<>(LifeDomain.class);
    String ownStrength;
    String network;
    Boolean hasCarer;
    String carerName;
    String carerSituation;
    String postcode;
    String houseNumber;
    String phone;
    String email;
    ContactMethod contactBy;
    String preferredTime;
    NotificationChannel notifyBy;
    Urgency urgency;
    String urgencyReason;
    String personalPlan;

    static MeldingInput from(MeldingAnswers answers) {
        var input = new MeldingInput();
        input.difficulties.putAll(answers.difficulties());
        input.ownStrength = answers.ownStrength();
        input.network = answers.network();
        input.hasCarer = answers.hasCarer();
        input.carerName = answers.carerName();
        input.carerSituation = answers.carerSituation();
        input.postcode = answers.postcode();
        input.houseNumber = answers.houseNumber();
        input.phone = answers.phone();
        input.email = answers.email();
        input.contactBy = answers.contactBy();
        input.preferredTime = answers.preferredTime();
        input.notifyBy = answers.notifyBy();
        input.urgency = answers.urgency();
        input.urgencyReason = answers.urgencyReason();
        input.personalPlan = answers.personalPlan();
        return input;
    }

    MeldingAnswers toAnswers() {
        return new MeldingAnswers(difficulties, ownStrength, network, hasCarer, carerName, carerSituation, postcode,
                houseNumber, phone, email, contactBy, preferredTime, notifyBy, urgency, urgencyReason, personalPlan);
    }

    /** Empty text counts as not answered. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
