package org.itilhis.adapters.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an Office Open XML workbook (.xlsx) back the way a spreadsheet program does, with
 * nothing but the JDK's zip and XML parsers, so that a test checks what the file says rather
 * than what the library that wrote it believes: the sheets in their order with their names, and
 * each sheet's cells, row by row, as text (shared and inline strings) or numbers.
 */
final class Workbooks {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE_RELATIONSHIPS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Workbooks() {
    }

    /** The sheets of {@code xlsx} by name, in the workbook's order; each a list of rows of cell values. */
    static Map<String, List<List<Object>>> read(byte[] xlsx) {
        Map<String, byte[]> parts = unzip(xlsx);
        Document workbook = parse(parts.get("xl/workbook.xml"));
        Map<String, String> targets = new HashMap<>();
        NodeList relationships = parse(parts.get("xl/_rels/workbook.xml.rels"))
                .getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
        for (int i = 0; i < relationships.getLength(); i++) {
            Element relationship = (Element) relationships.item(i);
            String target = relationship.getAttribute("Target");
            targets.put(relationship.getAttribute("Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
        List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        NodeList declared = workbook.getElementsByTagNameNS(MAIN, "sheet");
        for (int i = 0; i < declared.getLength(); i++) {
            Element sheet = (Element) declared.item(i);
            String part = targets.get(sheet.getAttributeNS(OFFICE_RELATIONSHIPS, "id"));
            sheets.put(sheet.getAttribute("name"), rows(parse(parts.get(part)), shared));
        }
        return sheets;
    }

    private static List<List<Object>> rows(Document sheet, List<String> shared) {
        List<List<Object>> rows = new ArrayList<>();
        NodeList found = sheet.getElementsByTagNameNS(MAIN, "row");
        for (int r = 0; r < found.getLength(); r++) {
            Element row = (Element) found.item(r);
            int index = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) - 1 : rows.size();
            while (rows.size() < index) {
                rows.add(new ArrayList<>());
            }
            List<Object> values = new ArrayList<>();
            NodeList cells = row.getElementsByTagNameNS(MAIN, "c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                int column = cell.hasAttribute("r") ? column(cell.getAttribute("r")) : values.size();
                while (values.size() < column) {
                    values.add(null);
                }
                values.add(value(cell, shared));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Object value(Element cell, List<String> shared) {
        String type = cell.getAttribute("t");
        if (type.equals("inlineStr")) {
            return text(cell, "t");
        }
        String v = text(cell, "v");
        if (v == null) {
            return null;
        }
        return switch (type) {
            case "s" -> shared.get(Integer.parseInt(v));
            case "str" -> v;
            case "b" -> v.equals("1");
            default -> new java.math.BigDecimal(v);
        };
    }

    /** The column of a cell reference, from 0: {@code C7} is 2. */
    private static int column(String reference) {
        int column = 0;
        for (char c : reference.toCharArray()) {
            if (!Character.isLetter(c)) {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    private static String text(Element element, String tag) {
        NodeList found = element.getElementsByTagNameNS(MAIN, tag);
        if (found.getLength() == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < found.getLength(); i++) {
            text.append(found.item(i).getTextContent());
        }
        return text.toString();
    }

    private static List<String> sharedStrings(byte[] part) {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        NodeList items = parse(part).getElementsByTagNameNS(MAIN, "si");
        for (int i = 0; i < items.getLength(); i++) {
            strings.add(text((Element) items.item(i), "t"));
        }
        return strings;
    }

    /** The parts by name, read through the zip's central directory, as spreadsheet programs do. */
    private static Map<String, byte[]> unzip(byte[] xlsx) {
        Map<String, byte[]> parts = new HashMap<>();
        try {
            Path file = Files.createTempFile("workbook", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException notAZip) {
            throw new UncheckedIOException("not a workbook", notAZip);
        }
        return parts;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            try (InputStream in = new ByteArrayInputStream(xml)) {
                return builder.parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException unreadable) {
            throw new IllegalStateException("not a workbook part", unreadable);
        }
    }
}
