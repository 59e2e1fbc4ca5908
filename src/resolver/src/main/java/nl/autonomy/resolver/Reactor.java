package nl.autonomy.resolver;

import java.util.List;

/**
 * One Maven build as a user would run it from {@code root}: the root pom and every pom its
 * {@code <modules>} reach, transitively, in discovery order (the root first).
 */
record Reactor(PomHeader root, List<PomHeader> members) {

  Reactor {
    members = List.copyOf(members);
  }

  boolean isStandalone() {
    return members.size() == 1;
  }
}
