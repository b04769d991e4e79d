// The query as PostgreSQL full text reads it: "quoted phrases", OR, -word, English stemming.
export const TSQUERY = "websearch_to_tsquery('english', ?)";
