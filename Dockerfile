# The API image for docker-compose.yml; Neo4j runs from the official image beside it.
# Node 24 is the Active LTS line (Node 20 reached its end of life in April 2026).

# Build: every dependency, the generated types and the compiled JavaScript.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY schema ./schema
COPY src ./src
COPY bench ./bench
COPY scripts ./scripts
COPY explore ./explore
RUN npm run codegen && npx tsc -p tsconfig.build.json && npm run build:explore

# Run: production dependencies only, no compiler, no sources beyond what is read at run time.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/src ./dist/src
# The graph explorer, bundled by Vite: static files served at /explore (src/http/explore.ts).
COPY --from=build /app/dist/explore ./dist/explore
COPY schema ./schema
COPY cypher ./cypher
COPY data ./data
# The playground's page script and examples are read from here at run time (src/http/playground.ts).
COPY src/http/playground ./src/http/playground
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
