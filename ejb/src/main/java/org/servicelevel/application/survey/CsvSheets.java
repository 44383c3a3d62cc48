package org.servicelevel.application.survey;

import java.util.List;
import org.servicelevel.domain.model.survey.AnswerSheet;

/** Reads the lines of a CSV file into cells; implemented in {@code infrastructure.csv}. */
public interface CsvSheets {

    /**
     * The records of {@code csv} in order, each with the number of the line it starts on; a line break
     * inside quotes belongs to the cell. Commas separate the cells, or semicolons when the first line
     * has more semicolons than commas (as spreadsheets write CSV in locales with a decimal comma).
     *
     * @throws org.servicelevel.domain.InvalidFieldException naming the line when the quoting is broken
     */
    List<AnswerSheet.Row> read(String csv);
}
