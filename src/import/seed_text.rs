//! Importer for the seed's text format (placeholder until implemented).
