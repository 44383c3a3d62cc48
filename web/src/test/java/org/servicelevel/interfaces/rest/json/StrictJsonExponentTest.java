package org.servicelevel.interfaces.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicelevel.domain.InvalidFieldException;
import org.servicelevel.domain.InvalidInputException;
import org.servicelevel.interfaces.rest.survey.ResponseRequest;

/**
 * docs/api.md: "a whole number is written as one (1.5, 2.0, 1e2 ... for an int field are refused)";
 * StrictJson's own message says "written as digits (no decimal point or exponent)", also for an
 * exponent that leaves the number whole (1e0, 5E+0), which the parsed value no longer shows.
 */
class StrictJsonExponentTest {

    @Test
    void aQuestionNumberWrittenWithAnExponentIsRefusedNamingIt() {
        for (String number : List.of("1e0", "1E+0", "2E0")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.read(
                    "{\"respondent\":\"Anna\",\"role\":\"manager\",\"answers\":[{\"question\":" + number
                            + ",\"answer\":\"yes\"}]}", ResponseRequest.class), number + " was taken as a whole number");
            assertEquals(List.of("answers[0].question"), e.errors().stream().map(InvalidFieldException::field).toList());
        }
    }

    @Test
    void aBodyThatGoesOnAfterItsValueIsRefusedNamingTheBody() {
        for (String body : List.of("{\"respondent\":\"A1e2\",\"role\":\"m\",\"answers\":[]} x",
                "{\"respondent\":\"Anna\",\"role\":\"m\",\"answers\":[]} 1e5", "{} {}", "[1] 2")) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.read(body,
                    ResponseRequest.class), body);
            assertEquals(List.of("body"), e.errors().stream().map(InvalidFieldException::field).toList(), body);
        }
        assertEquals(List.of("answers[0].question"), fieldsOf("{\"respondent\":\"Anna\",\"role\":\"m\","
                + "\"answers\":[{\"question\":1E0,\"answer\":\"yes\"}]}  \n"), "white space after the value is fine");
    }

    @Test
    void theExponentsArePlacedByTheirPathsAsTheChecksNameThem() {
        assertEquals(java.util.Set.of("a[1].b", "c", "\"odd key\"[0]"), StrictJson.exponentPaths(
                "{\"a\":[{\"b\":1},{\"b\":2e0,\"x\":\"3e3\"}],\"c\":1E+0,\"odd key\":[5e1]}"));
        assertEquals(java.util.Set.of(""), StrictJson.exponentPaths("1e0"));
    }

    private static List<String> fieldsOf(String body) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.read(body,
                ResponseRequest.class), body);
        return e.errors().stream().map(InvalidFieldException::field).toList();
    }
}
