/* global React, ReactDOM, GraphiQL */
// Starts GraphiQL against this service with the example operations as tabs.
(async function start() {
  const examples = await (await fetch('/playground/examples.json')).json();
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: true,
      defaultTabs: examples.map((example) => ({
        query: example.query,
        variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
      })),
    }),
  );
})();
