package app.momentum.base.xlsx;

import app.momentum.base.xlsx.FirstSheet.NotAWorkbookException;
import app.momentum.base.xlsx.FirstSheet.RowHandler;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * {@link FirstSheet#forEachRow} as it read before issue 13's switch of XML parser: POI's SAX reader on the JDK's
 * parser, with the same text rules. The benchmark's peer (XlsxReadBenchmark); not used by the application.
 */
public final class PoiSaxFirstSheet {

    private PoiSaxFirstSheet() {
    }

    public static void forEachRow(Path file, RowHandler handler) throws NotAWorkbookException {
        RuntimeException handlerFailure = null;
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            PoiSheetRows rows = new PoiSheetRows(new ReadOnlySharedStringsTable(workbook), reader.getStylesTable(),
                    handler);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(rows);
                parser.parse(new InputSource(sheet));
            } catch (PoiSheetRows.Stop stop) {
                handlerFailure = stop.failure;
            }
        } catch (Exception notAWorkbook) {
            throw new NotAWorkbookException(notAWorkbook);
        }
        if (handlerFailure != null) {
            throw handlerFailure;
        }
    }
}
