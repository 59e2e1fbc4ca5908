package nl.autonomy.core.detect.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Runs a parser over each file on its own, so one unreadable or malformed file becomes a problem
 * naming the file (and the line, where the parser knows it) while the other files are still read.
 */
public final class FileByFile {

  /** Parses one file's text into what it declares. */
  @FunctionalInterface
  public interface Parser {
    Detection parse(SourceText text) throws IOException, XMLStreamException, LockfileSyntaxException;
  }

  private FileByFile() {
  }

  public static Detection parseEach(String detector, DetectorContext context, List<WorkspaceFile> files,
      Parser parser) {
    List<Detection> parts = new ArrayList<>();
    for (WorkspaceFile file : files) {
      parts.add(parseOne(detector, context, file, parser));
    }
    return Detection.merge(parts);
  }

  /** Parses one file at the scan's size bound; a failure becomes a problem naming file and line. */
  public static Detection parseOne(String detector, DetectorContext context, WorkspaceFile file, Parser parser) {
    try {
      return parser.parse(SourceText.read(file, context.options().maxFileSize()));
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      return Detection.ofProblem(Problem.error(detector, Location.of(file.path(), line),
          "cannot read " + file.fileName() + ": " + message + "; its dependencies are missing from the result"));
    } catch (IOException | LockfileSyntaxException | IllegalArgumentException e) {
      return Detection.ofProblem(LockfileProblems.unreadable(detector, file, e));
    }
  }
}
