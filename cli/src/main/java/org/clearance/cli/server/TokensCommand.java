package org.clearance.cli.server;

import java.util.concurrent.Callable;
import org.clearance.cli.options.DatabaseOption;
import org.clearance.server.accounts.AccountAdmin;
import org.clearance.server.accounts.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "API tokens: a machine client sends Authorization: Bearer TOKEN and acts with its user's role.",
        subcommands = {TokensCommand.Create.class, TokensCommand.ListTokens.class, TokensCommand.Revoke.class})
public final class TokensCommand {

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a token for a user; printed once (stored hashed).")
    static final class Create implements Callable<Integer> {
        @Parameters(paramLabel = "USER")
        String user;
        @Option(names = "--expires-days", paramLabel = "DAYS", description = "Valid for DAYS days (default: until revoked).")
        Integer days;
        @Option(names = "--by", paramLabel = "NAME")
        String by;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(AccountAdmin.createToken(database.url(), user, days, by));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The tokens (never their values).")
    static final class ListTokens implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            for (Token t : AccountAdmin.tokens(database.url())) {
                spec.commandLine().getOut().printf("%-6d %-24s created %s, %s%s%n", t.id(), t.user(), t.createdAt(),
                        t.revokedAt() != null ? "revoked " + t.revokedAt()
                                : t.expiresAt() != null ? "expires " + t.expiresAt() : "no expiry",
                        t.lastUsedAt() != null ? ", last used " + t.lastUsedAt() : "");
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id (tokens list).")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--by", paramLabel = "NAME")
        String by;
        @Mixin
        DatabaseOption database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Token t = AccountAdmin.revokeToken(database.url(), id, by);
            spec.commandLine().getOut().println("revoked token " + id + " of " + t.user());
            return 0;
        }
    }
}
