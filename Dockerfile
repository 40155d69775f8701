# The API image for docker-compose.yml; Neo4j runs from the official image beside it.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 NODE_ENV=production
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
