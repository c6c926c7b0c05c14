package org.clearance.ledger;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log, silenced except for errors: the CLI's standard output is a wire format other tools read, and a
 * migration note there would break them. Errors reach the user through the exception Flyway throws.
 */
public final class QuietFlywayLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> clazz) {
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return false;
            }

            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }

            @Override
            public void error(String message, Exception e) {
            }

            @Override
            public void notice(String message) {
            }
        };
    }
}
