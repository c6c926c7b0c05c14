package org.clearance.cli.server;

import java.util.concurrent.Callable;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.server.accounts.AccountAdmin;
import org.clearance.server.accounts.Accounts;
import org.clearance.server.accounts.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true,
        description = "The server's users: each has a role (analyst, officer, admin) and logs in to the workbench "
                + "with a password.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.ResetPassword.class})
public final class UsersCommand {

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; prints a one-time password.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "analyst, officer or admin.")
        String role;
        @Option(names = "--by", paramLabel = "NAME", description = "Who adds, as the audit trail records it.")
        String by;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Accounts.Created c = AccountAdmin.addUser(database.url(), name, AccountAdmin.role(role), by);
            spec.commandLine().getOut().println("added " + c.user().name() + " (" + c.user().role().code()
                    + ") with the one-time password: " + c.password());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The users, their roles and whether disabled.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (User u : AccountAdmin.users(database.url())) {
                spec.commandLine().getOut().printf("%-24s %-8s %s%s%n", u.name(), u.role().code(),
                        u.disabled() ? "disabled" : "enabled", ", since " + u.createdAt());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user: its sessions end and its tokens are revoked.")
    static final class Disable implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--by", paramLabel = "NAME")
        String by;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AccountAdmin.disable(database.url(), name, by);
            spec.commandLine().getOut().println("disabled " + name);
            return 0;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true, description = "Give a user a new one-time password; its sessions end.")
    static final class ResetPassword implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--by", paramLabel = "NAME")
        String by;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            String p = AccountAdmin.resetPassword(database.url(), name, by);
            spec.commandLine().getOut().println("new one-time password for " + name + ": " + p);
            return 0;
        }
    }
}
