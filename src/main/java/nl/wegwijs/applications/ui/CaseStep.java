package nl.wegwijs.applications.ui;

import nl.wegwijs.applications.CaseDetail;

/** One change to a case, made at the version the consultant read. */
@FunctionalInterface
interface CaseStep {

    CaseDetail apply(long version);
}
