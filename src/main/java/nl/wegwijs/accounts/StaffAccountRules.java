package nl.wegwijs.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks on what an administrator types, each problem with its field and code. */
final class StaffAccountRules {

    static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private StaffAccountRules() {
    }

    static List<StaffAccountRejected.Problem> username(String username, boolean taken) {
        var problems = new ArrayList<StaffAccountRejected.Problem>();
        if (username == null || username.isBlank()) {
            problems.add(problem("username", "required"));
        } else if (!USERNAME.matcher(username.strip()).matches()) {
            problems.add(problem("username", "format"));
        } else if (taken) {
            problems.add(problem("username", "taken"));
        }
        return problems;
    }

    static List<StaffAccountRejected.Problem> nameAndRoles(String displayName, Set<Role> roles) {
        var problems = new ArrayList<StaffAccountRejected.Problem>();
        if (displayName == null || displayName.isBlank()) {
            problems.add(problem("displayName", "required"));
        } else if (displayName.strip().length() > 200) {
            problems.add(problem("displayName", "too-long"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(problem("roles", "required"));
        } else if (roles.contains(Role.RESIDENT)) {
            problems.add(problem("roles", "resident"));
        }
        return problems;
    }

    static List<StaffAccountRejected.Problem> password(String password) {
        if (password == null || password.isBlank()) {
            return List.of(problem("password", "required"));
        }
        if (password.length() < MIN_PASSWORD || password.length() > 200) {
            return List.of(problem("password", "length"));
        }
        return List.of();
    }

    static StaffAccountRejected.Problem problem(String field, String code) {
        return new StaffAccountRejected.Problem(field, code);
    }

    static void throwIfAny(List<StaffAccountRejected.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new StaffAccountRejected(problems);
        }
    }
}
