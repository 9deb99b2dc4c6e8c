/** Melding, investigation, aanvraag and beschikking: applying for Wmo support. */
@ApplicationModule(displayName = "Applications (melding/aanvraag)", allowedDependencies = {"shared", "accounts", "selfassessment"})
package nl.wegwijs.applications;

import org.springframework.modulith.ApplicationModule;
