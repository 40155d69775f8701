/* global React, ReactDOM, GraphiQL, GraphiQLPluginExplorer */
// Starts GraphiQL against this service with the example operations as tabs and the explorer
// plugin (tick fields and arguments to build a query) in the sidebar.
(async function start() {
  const examples = await (await fetch('/playground/examples.json')).json();
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  const tabs = examples.map((example) => ({
    query: example.query,
    variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
  }));
  // GraphiQL fills the variables pane of the first tab from its `variables` prop, not from the
  // tab: give it the intro's on a first visit (a returning visitor's own tabs are kept).
  const firstVisit = !window.localStorage.getItem('graphiql:tabState');
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      plugins: [GraphiQLPluginExplorer.explorerPlugin()],
      defaultEditorToolsVisibility: true,
      defaultTabs: tabs,
      ...(firstVisit && tabs[0] ? { variables: tabs[0].variables } : {}),
    }),
  );
})();
