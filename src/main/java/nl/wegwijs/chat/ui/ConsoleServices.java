package nl.wegwijs.chat.ui;

import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.canned.CannedResponses;
import nl.wegwijs.directory.Directory;

/** What each conversation of the console works with; {@code portal} is the portal's own address for links. */
record ConsoleServices(ChatDesk desk, CannedResponses canned, Directory directory, String portal) {
}
