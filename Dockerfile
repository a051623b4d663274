# syntax=docker/dockerfile:1
# Build stage: compiles the native SQLite driver and installs production dependencies only.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund

# Runtime stage: the sources run through tsx (no separate build output; see docs/decisions.md).
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:/app/data/salesbot.sqlite \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY package.json tsconfig.json ./
COPY src ./src
COPY bots ./bots
COPY cards ./cards
COPY migrations ./migrations
COPY rules ./rules
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Applies pending migrations, then starts (startBot migrates too; the explicit step fails fast on a bad schema).
CMD ["sh", "-c", "node --import tsx src/cli/migrate.ts && exec node --import tsx src/main.ts"]
