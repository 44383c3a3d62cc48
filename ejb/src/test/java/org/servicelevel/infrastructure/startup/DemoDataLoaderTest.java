package org.servicelevel.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.servicelevel.application.identity.NewUser;

/** The demo data set is created through the same services as any other data, so it obeys their rules. */
class DemoDataLoaderTest {

    @Test
    void theDemoPasswordIsOneTheIdentityServiceAccepts() {
        int length = DemoDataLoader.DEMO_PASSWORD.length();
        assertTrue(length >= NewUser.MIN_PASSWORD && length <= NewUser.MAX_PASSWORD,
                "the run command loads the demo users with this password; a refused one fails the start");
    }
}
