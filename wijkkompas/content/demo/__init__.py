"""Demo content for Wijkkompas, written in our own words from published facts about real projects."""
