package proclab.grader.report;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import proclab.grader.model.LessonResult;
import proclab.grader.model.LessonStatus;
import proclab.grader.model.StudentResult;
import proclab.grader.model.TestResult;

/**
 * One submission as JUnit XML, which CI systems and LMS plugins read: a test suite per lesson, a
 * test case per graded test. A lesson that did not compile or run has its cases as errors with the
 * reason; an infrastructure error is an error of type {@code INFRASTRUCTURE_ERROR}.
 */
public final class JUnitXmlReport {
    private JUnitXmlReport() {
    }

    public static String render(StudentResult student) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", student.student());
            xml.writeAttribute("tests", Long.toString(student.lessons().stream().mapToLong(l -> l.tests().size()).sum()));
            xml.writeAttribute("failures", Long.toString(student.lessons().stream().filter(l -> l.status() == LessonStatus.GRADED)
                    .flatMap(l -> l.tests().stream()).filter(t -> !t.passed()).count()));
            xml.writeAttribute("errors", Long.toString(student.lessons().stream().filter(l -> l.status() != LessonStatus.GRADED)
                    .mapToLong(l -> l.tests().size()).sum()));
            xml.writeAttribute("time", seconds(student.millis()));
            for (LessonResult lesson : student.lessons()) {
                suite(xml, lesson);
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write JUnit XML", e);
        }
        return text.toString();
    }

    private static void suite(XMLStreamWriter xml, LessonResult lesson) throws XMLStreamException {
        boolean ran = lesson.status() == LessonStatus.GRADED;
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", lesson.lesson());
        xml.writeAttribute("tests", Integer.toString(lesson.tests().size()));
        xml.writeAttribute("failures", Long.toString(ran ? lesson.tests().stream().filter(t -> !t.passed()).count() : 0));
        xml.writeAttribute("errors", Integer.toString(ran ? 0 : lesson.tests().size()));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(lesson.millis()));
        for (TestResult test : lesson.tests()) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", test.testClass());
            xml.writeAttribute("name", test.method());
            xml.writeAttribute("time", seconds(test.millis()));
            if (!ran) {
                String type = lesson.status() == LessonStatus.INFRA_ERROR ? "INFRASTRUCTURE_ERROR" : lesson.status().name();
                newline(xml, 3);
                xml.writeStartElement("error");
                xml.writeAttribute("type", type);
                xml.writeAttribute("message", firstLine(test.message()));
                xml.writeCharacters(lesson.problem());
                xml.writeEndElement();
                newline(xml, 2);
            } else if (!test.passed()) {
                newline(xml, 3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", test.verdict().name());
                xml.writeAttribute("message", firstLine(test.message()));
                xml.writeCharacters(test.message() + (test.hint().isEmpty() ? "" : "\nHint: " + test.hint())
                        + (test.timeline().isEmpty() ? "" : "\nWhat the processes did:\n" + test.timeline()));
                xml.writeEndElement();
                newline(xml, 2);
            }
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
