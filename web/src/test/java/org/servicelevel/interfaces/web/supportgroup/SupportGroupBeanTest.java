package org.servicelevel.interfaces.web.supportgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicelevel.application.identity.Caller;

class SupportGroupBeanTest {

    @Test
    void aPersonIsOfferedByNameWithTheUsernameThatIsStored() {
        assertEquals("Anna Berg (anna)", SupportGroupBean.label(new Caller("anna", "Anna Berg", Set.of("agent"), null, null)));
        assertEquals("boris", SupportGroupBean.label(new Caller("boris", "boris", Set.of("agent"), null, null)));
        assertEquals("carl", SupportGroupBean.label(new Caller("carl", " ", Set.of("manager"), null, null)));
    }
}
