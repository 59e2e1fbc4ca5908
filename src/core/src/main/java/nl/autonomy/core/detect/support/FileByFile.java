package nl.autonomy.core.detect.support;

import com.fasterxml.jackson.core.JsonProcessingException;
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
    Detection parse(SourceText text) throws IOException, XMLStreamException;
  }

  /** A parse failure at a known line, raised by the hand-written line parsers. */
  public static final class MalformedException extends IOException {
    private final int line;

    public MalformedException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
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

  public static Detection parseOne(String detector, DetectorContext context, WorkspaceFile file, Parser parser) {
    try {
      return parser.parse(SourceText.read(file, context.options().maxFileSize()));
    } catch (IOException | XMLStreamException | IllegalArgumentException e) {
      return Detection.ofProblem(problem(detector, file.path(), e));
    }
  }

  /** The problem for a file that could not be read, with the line where the exception knows it. */
  public static Problem problem(String detector, String path, Exception e) {
    int line = 0;
    if (e instanceof MalformedException m) {
      line = m.line();
    } else if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      line = Math.max(0, j.getLocation().getLineNr());
    } else if (e instanceof XMLStreamException x && x.getLocation() != null) {
      line = Math.max(0, x.getLocation().getLineNumber());
    }
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (e instanceof XMLStreamException) {
      message = message.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    }
    return Problem.error(detector, Location.of(path, line),
        "cannot read " + path + (line > 0 ? " at line " + line : "") + ": " + message
            + "; its packages are missing from the result");
  }
}
