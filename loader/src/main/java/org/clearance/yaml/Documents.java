package org.clearance.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads YAML and JSON documents into trees, strictly: duplicate keys are errors, decimals stay exact.
 */
public final class Documents {

    private static final ObjectMapper YAML = configure(YAMLMapper.builder(new YAMLFactory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build());

    private Documents() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        mapper.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        return mapper;
    }

    /** Reads a file; JSON when its name ends in .json, YAML otherwise. {@code label} names it in errors. */
    public static StrictNode read(Path file, String label) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(label, null, "no such file");
        } catch (IOException e) {
            throw new InputException(label, null, "cannot be read: " + e.getMessage());
        }
        return parse(bytes, label, file.getFileName().toString().toLowerCase().endsWith(".json"));
    }

    public static StrictNode parse(byte[] bytes, String label, boolean json) {
        try {
            JsonNode node = (json ? JSON : YAML).readTree(bytes);
            if (node == null || node.isMissingNode()) throw new InputException(label, null, "the file is empty");
            return StrictNode.root(node, label);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null ? "line " + e.getLocation().getLineNr() + ": " : "";
            throw new InputException(label, null, where + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
