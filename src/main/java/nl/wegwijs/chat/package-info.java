/** Luisterend oor: the anonymous 24/7 chat with volunteers and crisis workers. */
@ApplicationModule(displayName = "Chat (luisterend oor)", allowedDependencies = {"shared", "accounts", "directory"})
package nl.wegwijs.chat;

import org.springframework.modulith.ApplicationModule;
