package org.servicelevel.domain.model.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;

class ServiceTargetsAndMatrixTest {

    private static List<String> fields(AgreementTerms terms) {
        return terms.problems(AgreementType.SLA).stream().map(InvalidFieldException::field).toList();
    }

    private static TermsFixture withNet() {
        TermsFixture f = new TermsFixture();
        f.services.add(TermsFixture.service("NET", 1L));
        return f;
    }

    @Test
    void aServicesOwnTargetWinsAndTheOtherTargetIsThePriorities() {
        TermsFixture f = withNet();
        f.serviceTargets.add(new ServiceTarget("NET", 1, null, Duration.ofHours(1)));
        AgreementTerms terms = f.build();
        assertEquals(List.of(), terms.problems(AgreementType.SLA));
        assertEquals(Optional.of(Duration.ofHours(1)), terms.target("NET", 1, TargetKind.RESOLUTION));
        assertEquals(Optional.of(Duration.ofHours(1)), terms.target("net", 1, TargetKind.RESOLUTION), "any case");
        assertEquals(Optional.of(Duration.ofMinutes(15)), terms.target("NET", 1, TargetKind.RESPONSE));
        assertEquals(Optional.of(Duration.ofHours(2)), terms.target("WS", 1, TargetKind.RESOLUTION));
        assertEquals(Optional.of(Duration.ofHours(4)), terms.target("NET", 2, TargetKind.RESOLUTION));
        assertEquals(Optional.empty(), terms.target("NET", 7, TargetKind.RESOLUTION));
    }

    @Test
    void forAServiceThePrioritiesCarryItsOwnTargets() {
        TermsFixture f = withNet();
        f.serviceTargets.add(new ServiceTarget("NET", 1, Duration.ofMinutes(5), Duration.ofHours(1)));
        AgreementTerms terms = f.build();
        AgreementTerms net = terms.forService("NET");
        assertEquals(Optional.of(Duration.ofHours(1)), net.priority(1).orElseThrow().resolution());
        assertEquals(Optional.of(Duration.ofMinutes(5)), net.priority(1).orElseThrow().response());
        assertEquals(terms.priority(2), net.priority(2));
        assertSame(terms, terms.forService("WS"), "a service without its own targets reads the agreement's");
    }

    @Test
    void serviceTargetsNameAServiceAPriorityWithTargetsAndATargetOnce() {
        TermsFixture f = withNet();
        f.priorities.add(new PriorityTerms(4, "By agreement", null, null, null, true, List.of()));
        f.serviceTargets.add(new ServiceTarget("MAIL", 1, null, Duration.ofHours(1)));
        f.serviceTargets.add(new ServiceTarget("NET", 5, null, Duration.ofHours(1)));
        f.serviceTargets.add(new ServiceTarget("NET", 4, null, Duration.ofHours(1)));
        f.serviceTargets.add(new ServiceTarget("NET", 1, null, null));
        f.serviceTargets.add(new ServiceTarget("NET", 2, null, Duration.ZERO));
        f.serviceTargets.add(new ServiceTarget("NET", 3, null, Duration.ofHours(8)));
        f.serviceTargets.add(new ServiceTarget("NET", 3, null, Duration.ofHours(9)));
        assertEquals(List.of("terms.serviceTargets[0].service", "terms.serviceTargets[1].priority",
                "terms.serviceTargets[2].priority", "terms.serviceTargets[3].resolution",
                "terms.serviceTargets[4].resolution", "terms.serviceTargets[6].priority"), fields(f.build()));
    }

    @Test
    void aServicesResponseComesNoLaterThanItsResolutionWithThePrioritysTargetFilledIn() {
        TermsFixture f = withNet();
        f.serviceTargets.add(new ServiceTarget("NET", 1, null, Duration.ofMinutes(10)));
        List<InvalidFieldException> problems = f.build().problems(AgreementType.SLA);
        assertEquals(List.of("terms.serviceTargets[0].resolution"), problems.stream().map(InvalidFieldException::field)
                .toList());
        assertTrue(problems.get(0).getMessage().contains("PT15M is longer than the resolution target PT10M"),
                problems.get(0).getMessage());
    }

    @Test
    void theMatrixGivesThePriorityOfItsCell() {
        TermsFixture f = new TermsFixture();
        f.matrix.addAll(TermsFixture.itilMatrix());
        AgreementTerms terms = f.build();
        assertEquals(List.of(), terms.problems(AgreementType.SLA));
        assertEquals(1, terms.priorityFor(MatrixLevel.HIGH, MatrixLevel.HIGH).orElseThrow().number());
        assertEquals(2, terms.priorityFor(MatrixLevel.HIGH, MatrixLevel.LOW).orElseThrow().number());
        assertEquals(3, terms.priorityFor(MatrixLevel.LOW, MatrixLevel.LOW).orElseThrow().number());
        assertEquals(Optional.empty(), new TermsFixture().build().priorityFor(MatrixLevel.HIGH, MatrixLevel.HIGH),
                "no matrix, no priority from it");
    }

    @Test
    void aMatrixNamesEveryCombinationOnceAndOnlyExistingPriorities() {
        TermsFixture twice = new TermsFixture();
        twice.matrix.addAll(TermsFixture.itilMatrix());
        twice.matrix.set(1, new PriorityMatrixCell(MatrixLevel.HIGH, MatrixLevel.HIGH, 1));
        twice.matrix.set(2, new PriorityMatrixCell(MatrixLevel.HIGH, MatrixLevel.LOW, 7));
        List<InvalidFieldException> problems = twice.build().problems(AgreementType.SLA);
        assertEquals(List.of("terms.priorityMatrix[1].urgency", "terms.priorityMatrix[2].priority",
                "terms.priorityMatrix"), problems.stream().map(InvalidFieldException::field).toList());
        assertTrue(problems.get(2).getMessage().contains("impact HIGH with urgency MEDIUM"), problems.get(2).getMessage());

        TermsFixture missingLevel = new TermsFixture();
        missingLevel.matrix.addAll(TermsFixture.itilMatrix());
        missingLevel.matrix.set(4, new PriorityMatrixCell(null, MatrixLevel.MEDIUM, 2));
        assertEquals(List.of("terms.priorityMatrix[4].impact"), fields(missingLevel.build()));
    }

    @Test
    void aChildInheritsServiceTargetsOfInheritedPrioritiesAndItsParentsMatrix() {
        TermsFixture parent = withNet();
        parent.serviceTargets.add(new ServiceTarget("NET", 1, null, Duration.ofHours(1)));
        parent.serviceTargets.add(new ServiceTarget("NET", 2, null, Duration.ofHours(3)));
        parent.matrix.addAll(TermsFixture.itilMatrix());
        TermsFixture child = new TermsFixture();
        child.services.clear();
        child.priorities.clear();
        child.priorities.add(TermsFixture.priority(2, "PT20M", "PT3H30M", 20));
        child.metrics.clear();
        child.bands.clear();
        AgreementTerms effective = child.build().inheritingFrom(parent.build());
        assertEquals(Optional.of(Duration.ofHours(1)), effective.target("NET", 1, TargetKind.RESOLUTION));
        assertEquals(Optional.of(Duration.ofMinutes(210)), effective.target("NET", 2, TargetKind.RESOLUTION),
                "the child's own priority 2 replaces the parent's, service targets included");
        assertEquals(1, effective.priorityFor(MatrixLevel.HIGH, MatrixLevel.HIGH).orElseThrow().number());
    }

    @Test
    void newPartsCarryOntoLaterVersionsAndCompareByValue() {
        TermsFixture before = withNet();
        TermsFixture changed = withNet();
        changed.serviceTargets.add(new ServiceTarget("NET", 1, null, Duration.ofHours(1)));
        changed.matrix.addAll(TermsFixture.itilMatrix());
        TermsFixture later = withNet();
        later.monthlyFee = new java.math.BigDecimal("13000.00");
        AgreementTerms carried = changed.build().carriedOnto(later.build(), before.build());
        assertEquals(changed.build().serviceTargets(), carried.serviceTargets());
        assertEquals(changed.build().priorityMatrix(), carried.priorityMatrix());
        assertEquals(0, carried.monthlyFee().compareTo(new java.math.BigDecimal("13000")));
        assertEquals(List.of("priorityMatrix[1]", "priorityMatrix[2]", "priorityMatrix[3]", "priorityMatrix[4]",
                        "priorityMatrix[5]", "priorityMatrix[6]", "priorityMatrix[7]", "priorityMatrix[8]",
                        "priorityMatrix[9]", "serviceTargets[1]"),
                TermsDiff.between(before.build(), changed.build()).stream().map(TermsDiff.Change::path).sorted().toList());
    }
}
