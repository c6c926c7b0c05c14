package org.clearance.app;

class FourEyesH2Test extends FourEyesContract {

    @Override
    protected String freshDatabaseUrl() {
        return "jdbc:h2:mem:foureyes_" + java.util.UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
    }
}
