package dev.contentlint.config;

import com.networknt.schema.Schema;
import java.nio.file.Path;

/** A JSON Schema for front matter, compiled once and shared by every file checked against it. */
public record FrontMatterSchema(Path file, Schema schema) {}
