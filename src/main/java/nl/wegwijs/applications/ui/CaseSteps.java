package nl.wegwijs.applications.ui;

/**
 * What a form of the case file asks of its page: save a step at the version on screen. A refused
 * step ({@code CaseStepRejected}) comes back to the form; a conflict is the page's to show.
 * Returns whether the step was saved.
 */
@FunctionalInterface
interface CaseSteps {

    boolean save(CaseStep step);
}
