package org.servicelevel.domain.model.supportgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;

/** The people of a support group: its lead and members, by username. */
class SupportGroupStaffTest {

    private static SupportGroup group() {
        return new SupportGroup("L2", "Second line", SupportGroupKind.SUPPORT_LINE, 2, null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static List<String> fields(InvalidInputException e) {
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }

    @Test
    void aNewGroupHasNoLeadAndNoMembers() {
        SupportGroup group = group();

        assertEquals(Optional.empty(), group.lead());
        assertEquals(Set.of(), group.members());
    }

    @Test
    void membersAreSortedNormalisedAndCountedOnce() {
        SupportGroup group = group();

        group.staff(" Max ", List.of("zoe", "anna", " ANNA", "max"));

        assertEquals(Optional.of("max"), group.lead());
        assertEquals(List.of("anna", "max", "zoe"), new ArrayList<>(group.members()));
    }

    @Test
    void theLeadNeedNotBeAMember() {
        SupportGroup group = group();

        group.staff("max", List.of("anna"));

        assertEquals(Optional.of("max"), group.lead());
        assertEquals(Set.of("anna"), group.members());
    }

    @Test
    void staffingAgainReplacesLeadAndMembers() {
        SupportGroup group = group();
        group.staff("max", List.of("anna", "max"));

        group.staff(" ", List.of("zoe"));

        assertEquals(Optional.empty(), group.lead());
        assertEquals(Set.of("zoe"), group.members());
        group.staff(null, null);
        assertEquals(Set.of(), group.members());
    }

    @Test
    void theMembersCannotBeChangedThroughTheirView() {
        SupportGroup group = group();
        group.staff(null, List.of("anna"));

        assertThrows(UnsupportedOperationException.class, () -> group.members().add("mallory"));
    }

    @Test
    void malformedUsernamesAreNamedByTheirPlace() {
        SupportGroup group = group();
        group.staff("max", List.of("anna"));

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> group.staff("no spaces", Arrays.asList("anna", null, "x", "")));

        assertEquals(List.of("lead", "members[1]", "members[2]", "members[3]"), fields(e));
        assertEquals(Optional.of("max"), group.lead(), "a refused change changes nothing");
        assertEquals(Set.of("anna"), group.members());
    }

    @Test
    void aGroupHasAtMostFiveHundredMembersAfterDuplicatesCollapse() {
        SupportGroup group = group();
        List<String> most = IntStream.range(0, SupportGroup.MAX_MEMBERS).mapToObj(i -> "user" + i).toList();
        List<String> twice = new ArrayList<>(most);
        twice.addAll(most);

        group.staff(null, twice);
        assertEquals(SupportGroup.MAX_MEMBERS, group.members().size());

        List<String> tooMany = new ArrayList<>(most);
        tooMany.add("one-more");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> group.staff(null, tooMany));
        assertEquals(List.of("members"), fields(e));
        assertTrue(e.getMessage().contains("500"), e.getMessage());
    }
}
