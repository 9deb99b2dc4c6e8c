/** Zelftest: a self-assessment that explains which general provisions fit. */
@ApplicationModule(displayName = "Self-assessment (zelftest)", allowedDependencies = {"shared", "directory"})
package nl.wegwijs.selfassessment;

import org.springframework.modulith.ApplicationModule;
