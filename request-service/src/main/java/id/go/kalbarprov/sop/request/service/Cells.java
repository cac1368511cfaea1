package id.go.kalbarprov.sop.request.service;

import id.go.kalbarprov.sop.platform.domain.IndonesianDecimal;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/** How the spreadsheets officials fill in are read, cell by cell: one rule for every workbook the service takes. */
final class Cells {

    private Cells() {
    }

    /** The type a cell shows: a formula's cached result, else its own. */
    static CellType typeOf(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    static boolean blank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** A number cell as it shows (no binary noise), or a text cell in the Indonesian form; null otherwise. */
    static BigDecimal number(Cell cell) {
        CellType type = typeOf(cell);
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return Double.isFinite(value) ? new BigDecimal(Double.toString(value)) : null;
        }
        if (type == CellType.STRING) {
            return IndonesianDecimal.parse(cell.getStringCellValue()).orElse(null);
        }
        return null;
    }

    /**
     * A decimal as the services keep it (at most 16 digits before and 4 after the mark, no trailing zeros), or null
     * when the cell is no such number.
     */
    static BigDecimal decimal(Cell cell) {
        BigDecimal value = number(cell);
        if (value == null || value.precision() - value.scale() > 16 || value.stripTrailingZeros().scale() > 4) {
            return null;
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** A text cell stripped, a number cell as its plain digits; null for a blank and for any other type. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = typeOf(cell);
        if (type == CellType.STRING) {
            return cell.getStringCellValue().strip();
        }
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return null;
    }
}
