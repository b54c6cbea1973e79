// EPUBCheck on several books in one Java process, so that its schemas load once rather than
// once a book (its command line takes one book). Run as a source file, on EPUBCheck's jar:
//
//   java -cp /usr/share/java/epubcheck.jar CheckEpubs.java a.epub b.epub …
//
// It prints EPUBCheck's messages for each book, then one line a book,
// `summary<TAB>path<TAB>fatals<TAB>errors<TAB>warnings`, and exits 1 when a book has a fatal
// error, an error or a warning.
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

public class CheckEpubs {
  public static void main(String[] paths) {
    List<String> summaries = new ArrayList<>();
    boolean clean = true;
    for (String path : paths) {
      DefaultReportImpl report = new DefaultReportImpl(path);
      report.setReportingLevel(ReportingLevel.Info);
      new EpubCheck(new File(path), report).doValidate();
      int fatals = report.getFatalErrorCount();
      int errors = report.getErrorCount();
      int warnings = report.getWarningCount();
      clean = clean && fatals + errors + warnings == 0;
      summaries.add("summary\t" + path + "\t" + fatals + "\t" + errors + "\t" + warnings);
    }
    System.out.flush();
    for (String line : summaries) System.out.println(line);
    System.exit(clean ? 0 : 1);
  }
}
