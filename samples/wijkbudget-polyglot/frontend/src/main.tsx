import React from "react";
import ReactDOM from "react-dom/client";
import { createBrowserRouter, RouterProvider } from "react-router-dom";
import axios from "axios";

const api = axios.create({ baseURL: "/api" });

function Voorstellen() {
  const [items, setItems] = React.useState<{ id: number; titel: string }[]>([]);
  React.useEffect(() => {
    api.get("/voorstellen/").then((r) => setItems(r.data));
  }, []);
  return <ul>{items.map((v) => <li key={v.id}>{v.titel}</li>)}</ul>;
}

const router = createBrowserRouter([{ path: "/", element: <Voorstellen /> }]);
ReactDOM.createRoot(document.getElementById("root")!).render(<RouterProvider router={router} />);
